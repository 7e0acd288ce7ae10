package io.phonebinding.api.management;

import io.phonebinding.api.account.ProfileView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code UserPagingDto}: one page of users and how many match in all. */
@Schema(name = "UserList")
public record UserList(
    @Schema(description = "Users as get-profile gives them") List<ProfileView> list,
    @Schema(example = "1") long totalCount) {}
