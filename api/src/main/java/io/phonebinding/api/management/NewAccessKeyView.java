package io.phonebinding.api.management;

import io.phonebinding.operator.AccessKeys.NewAccessKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new access key with its secret, which this answer alone ever shows. */
@Schema(name = "NewAccessKey")
public record NewAccessKeyView(
    @Schema(example = "k_3f9a1c2e7b4d5a6c8e0f") String accessKeyId,
    @Schema(
            description = "Shown once; only its hash is kept",
            example = "q3Jx0dXn2nYH3lG6k8w1Vb4T9sPzA7uR5eCmLfQoWjI")
        String accessKeySecret,
    @Schema(example = "support-desk") String name,
    @Schema(
            example = "write",
            enumeration = {"read", "write"})
        String scope) {

  static NewAccessKeyView of(NewAccessKey key) {
    return new NewAccessKeyView(key.id(), key.secret(), key.name(), key.scope().wireName());
  }
}
