package io.phonebinding.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The REST API; this module is deployed at {@code /api}, so user calls live under /api/v3. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Phone binding service",
            version = "1.0",
            description =
                "Bind, change and unbind a verified mobile phone on an account with a one-time SMS"
                    + " code. Wire-compatible with Authing's v3 user API: every answer is HTTP 200"
                    + " with the envelope {statusCode, message, apiCode, requestId, data}."),
    servers = @Server(url = "/api"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "The access_token returned by /v3/signin")
public class ApiApplication extends Application {}
