package io.phonebinding.api.management;

import io.phonebinding.api.account.ProfileView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code UserPagingDto}: one page of users and how many match in all. */
@Schema(name = "UserList")
public record UserList(
    @Schema(
            description = "Users as get-profile gives them",
            example =
                "[{\"userId\": \"5f2e9c1a-0d7b-4a57-9d1e-2b1f1e0a7c33\", \"username\": \"alice\","
                    + " \"phone\": \"18888888888\", \"phoneCountryCode\": \"+86\", \"status\":"
                    + " \"Activated\"}]")
        List<ProfileView> list,
    @Schema(example = "1") long totalCount) {}
