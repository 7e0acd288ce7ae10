package io.phonebinding.api.envelope;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The {@code data} of a call whose only answer is that it worked. */
@Schema(name = "Success")
public record Success(@Schema(example = "true") boolean success) {

  public static final Success YES = new Success(true);
}
