package io.phonebinding.api.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.phonebinding.error.InputLengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Authing's {@code ListUsersRequestDto}, the parts this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListUsersRequest(
    @Schema(
            description =
                "Matched in the username, the e-mail and the phone; all users when absent",
            example = "188")
        @Size(max = InputLengths.ACCOUNT)
        String keywords,
    @Valid Options options) {

  /** Paging and sorting. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "ListUsersOptions")
  public record Options(
      Pagination pagination,
      @Schema(example = "[{\"field\": \"createdAt\", \"order\": \"desc\"}]") @Valid
          List<Sorting> sort) {}

  /** Page from 1, limit 1 to 100 (default 1 and 10). */
  @Schema(name = "Pagination")
  public record Pagination(
      @Schema(example = "1") Integer page, @Schema(example = "10") Integer limit) {}

  /** A field among id, createdAt, updatedAt, username, email, phone, status; asc or desc. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "Sorting")
  public record Sorting(
      @Schema(example = "createdAt") @Size(max = InputLengths.NAME) String field,
      @Schema(
              example = "desc",
              enumeration = {"asc", "desc"})
          @Size(max = InputLengths.NAME)
          String order) {}
}
