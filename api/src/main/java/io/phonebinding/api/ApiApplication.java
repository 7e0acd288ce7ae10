package io.phonebinding.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API; this module is deployed at {@code /api}, so user calls live under /api/v3. The
 * OpenAPI document's title and description are in {@code microprofile-config.properties}.
 */
@ApplicationPath("/")
@SecurityScheme(
    securitySchemeName = "management",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    apiKeyName = "Authorization",
    description =
        "The access_token returned by /api/v3/get-management-token, sent as it is (Authing's"
            + " ManagementClient sends it without Bearer; both are accepted)")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "The access_token returned by /api/v3/signin")
public class ApiApplication extends Application {}
