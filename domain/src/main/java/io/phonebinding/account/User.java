package io.phonebinding.account;

import io.phonebinding.error.ErrorKind;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.phone.PhoneNumberColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An end user's account. The phone is changed only through behaviour methods that keep the rules: a
 * user binds a phone only while having none. The database keeps a phone unique across users.
 */
@Entity
@Table(name = "users")
@NamedQuery(
    name = User.FIND_BY_USERNAME,
    query = "select u from User u where u.usernameKey = :value")
@NamedQuery(name = User.FIND_BY_EMAIL, query = "select u from User u where u.email = :value")
@NamedQuery(name = User.FIND_BY_PHONE, query = "select u from User u where u.phone = :value")
@NamedQuery(
    name = User.TOKEN_GENERATION,
    query = "select u.tokenGeneration from User u where u.id = :id")
public class User {

  static final String FIND_BY_USERNAME = "User.findByUsername";
  static final String FIND_BY_EMAIL = "User.findByEmail";
  static final String FIND_BY_PHONE = "User.findByPhone";
  static final String TOKEN_GENERATION = "User.tokenGeneration";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "username", length = 64)
  private String username;

  /** The username's comparison key ({@link Usernames#key}); unique. */
  @Column(name = "username_key", length = 256)
  private String usernameKey;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "password_hash", length = 512)
  private String passwordHash;

  @Column(name = "phone", length = 20)
  @Convert(converter = PhoneNumberColumn.class)
  private PhoneNumber phone;

  @Column(name = "phone_country_code", length = 8)
  private String phoneCountryCode;

  @Column(name = "phone_verified", nullable = false)
  private boolean phoneVerified;

  /** When a right code to the bound number last came from this account. */
  @Column(name = "phone_proven_at")
  private Instant phoneProvenAt;

  /** Whether the number's new holder claims it: it no longer signs this account in. */
  @Column(name = "phone_claimed", nullable = false)
  private boolean phoneClaimed;

  /** Whether a change of number made without the old phone waits for its delay. */
  @Column(name = "phone_change_pending", nullable = false)
  private boolean phoneChangePending;

  /** Whether a code sent to the e-mail address proved it. */
  @Column(name = "email_verified", nullable = false)
  private boolean emailVerified;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private AccountStatus status = AccountStatus.ACTIVATED;

  /** Access tokens of an earlier generation no longer work. */
  @Column(name = "token_generation", nullable = false)
  private int tokenGeneration;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected User() {}

  /**
   * An account made with a phone whose ownership a code just proved; it has no username and no
   * password until its user sets one, so the phone is its only way to sign in.
   */
  public static User withPhone(PhoneNumber verifiedPhone, SignUpProfile profile, Instant now) {
    User user = new User();
    user.id = UUID.randomUUID().toString();
    user.username = profile.username();
    user.usernameKey = profile.username() == null ? null : Usernames.key(profile.username());
    user.email = profile.email();
    user.createdAt = Objects.requireNonNull(now);
    user.updatedAt = now;
    user.phone = verifiedPhone;
    user.phoneCountryCode = verifiedPhone.countryCallingCode();
    user.phoneVerified = true;
    user.phoneProvenAt = now;
    return user;
  }

  public User(String username, String email, String passwordHash, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.username = username;
    this.usernameKey = username == null ? null : Usernames.key(username);
    this.email = email;
    this.passwordHash = passwordHash;
    if (username == null && email == null) {
      throw new IllegalArgumentException("an account needs a username or an email");
    }
    this.createdAt = Objects.requireNonNull(now);
    this.updatedAt = now;
  }

  /**
   * The rule of binding, checked before any code is spent and again by {@link #bindPhone}.
   *
   * @throws UserAlreadyHasPhoneException if a phone is bound already: that is a change of phone
   */
  public void checkCanBindPhone() {
    if (hasPhone()) {
      throw new UserAlreadyHasPhoneException();
    }
  }

  /**
   * Whether the number the caller names as this user's bound phone is it.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} or {@code OLD_PHONE_MISMATCH}
   */
  public void checkPhoneIs(PhoneNumber claimed) {
    requirePhone();
    if (!phone.equals(claimed)) {
      throw new PhoneBindingRuleException(ErrorKind.OLD_PHONE_MISMATCH);
    }
  }

  /**
   * The rule of changing, checked before any code is spent and again by {@link #changePhone}.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} or {@code SAME_PHONE}
   */
  public void checkCanChangePhoneTo(PhoneNumber replacement) {
    requirePhone();
    if (phone.equals(replacement)) {
      throw new PhoneBindingRuleException(ErrorKind.SAME_PHONE);
    }
  }

  /**
   * The rule of unbinding, checked before any code is spent and again by {@link #unbindPhone}.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} or {@code PHONE_IS_ONLY_SIGN_IN}
   */
  public void checkCanUnbindPhone() {
    requirePhone();
    if (!canSignInWithoutPhone()) {
      throw new PhoneBindingRuleException(ErrorKind.PHONE_IS_ONLY_SIGN_IN);
    }
  }

  private void requirePhone() {
    if (!hasPhone()) {
      throw new PhoneBindingRuleException(ErrorKind.NO_PHONE_BOUND);
    }
  }

  /**
   * Binds a phone whose ownership was just proved with a code.
   *
   * @throws UserAlreadyHasPhoneException if a phone is bound already: that is a change of phone
   */
  public void bindPhone(PhoneNumber verifiedPhone, Instant now) {
    checkCanBindPhone();
    takePhone(verifiedPhone, now);
    this.updatedAt = now;
  }

  /**
   * Replaces the bound phone with another verified one.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} or {@code SAME_PHONE}
   */
  public void changePhone(PhoneNumber verifiedPhone, Instant now) {
    checkCanChangePhoneTo(verifiedPhone);
    takePhone(verifiedPhone, now);
    revokeTokens(now);
  }

  private void takePhone(PhoneNumber verifiedPhone, Instant now) {
    this.phone = verifiedPhone;
    this.phoneCountryCode = verifiedPhone.countryCallingCode();
    this.phoneVerified = true;
    this.phoneProvenAt = now;
    this.phoneClaimed = false;
  }

  /** A right code to the bound number came from this account: its holder still has it. */
  public void phoneProven(Instant now) {
    requirePhone();
    this.phoneProvenAt = now;
  }

  /**
   * Whether the bound number has gone unproven since {@code before}: its holder may have lost it,
   * and its carrier given it to someone else.
   */
  public boolean phoneUnprovenSince(Instant before) {
    Instant lastProven = phoneProvenAt == null ? createdAt : phoneProvenAt;
    return hasPhone() && lastProven.isBefore(before);
  }

  /** The number's new holder claims it; until the claim ends it does not sign this account in. */
  public void phoneClaimStarted() {
    requirePhone();
    this.phoneClaimed = true;
  }

  /** The claim on the number ended without moving it (kept, disputed and refused, cancelled). */
  public void phoneClaimEnded() {
    this.phoneClaimed = false;
  }

  /**
   * @throws AuthenticationException with {@code PHONE_UNDER_CLAIM} while the number's new holder
   *     claims it: it neither signs this account in nor resets its password
   */
  public void checkPhoneSignsIn() {
    if (phoneClaimed) {
      throw new AuthenticationException(ErrorKind.PHONE_UNDER_CLAIM);
    }
  }

  /** A change of number made without the old phone waits for its delay, or ended. */
  public void phoneChangePending(boolean pending) {
    this.phoneChangePending = pending;
  }

  /**
   * @throws AccountRuleException with {@code PHONE_CHANGE_PENDING} while a change of number made
   *     without the old phone waits: the e-mail and the password, which could cancel it, stay as
   *     they are
   */
  public void checkCredentialsMayChange() {
    if (phoneChangePending) {
      throw new AccountRuleException(ErrorKind.PHONE_CHANGE_PENDING);
    }
  }

  /**
   * @throws AccountRuleException with {@code USER_ALREADY_HAS_EMAIL} when a verified address is
   *     there already: that is a change
   */
  public void checkCanBindEmail() {
    if (emailVerified) {
      throw new AccountRuleException(ErrorKind.USER_ALREADY_HAS_EMAIL);
    }
    checkCredentialsMayChange();
  }

  /** Sets an address a code just proved. */
  public void bindEmail(String provenAddress, Instant now) {
    checkCanBindEmail();
    this.email = Objects.requireNonNull(provenAddress);
    this.emailVerified = true;
    this.updatedAt = now;
  }

  /**
   * @throws AccountRuleException with {@code NO_EMAIL_BOUND}, {@code SAME_EMAIL} or {@code
   *     PHONE_CHANGE_PENDING}
   */
  public void checkCanChangeEmailTo(String replacement) {
    if (email == null) {
      throw new AccountRuleException(ErrorKind.NO_EMAIL_BOUND);
    }
    if (email.equals(replacement)) {
      throw new AccountRuleException(ErrorKind.SAME_EMAIL);
    }
    checkCredentialsMayChange();
  }

  /** Replaces the address with one a code just proved. */
  public void replaceEmail(String provenAddress, Instant now) {
    checkCanChangeEmailTo(provenAddress);
    this.email = provenAddress;
    this.emailVerified = true;
    this.updatedAt = now;
  }

  /** The address, if a code proved it: where notices that must not go by SMS are sent. */
  public Optional<String> verifiedEmail() {
    return emailVerified ? Optional.ofNullable(email) : Optional.empty();
  }

  /**
   * An operator gives the account a number (one no other account has: the database keeps it so),
   * replacing any it had; every session ends, as after the user's own change.
   */
  public void assignPhone(PhoneNumber phone, boolean verified, Instant now) {
    this.phone = Objects.requireNonNull(phone);
    this.phoneCountryCode = phone.countryCallingCode();
    this.phoneVerified = verified;
    this.phoneProvenAt = now;
    this.phoneClaimed = false;
    revokeTokens(now);
  }

  /**
   * An operator frees the account's number, even when it was the only way in (the number changed
   * hands): every session ends.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} when there is none
   */
  public void freePhone(Instant now) {
    requirePhone();
    this.phone = null;
    this.phoneCountryCode = null;
    this.phoneVerified = false;
    this.phoneClaimed = false;
    revokeTokens(now);
  }

  /** An operator marks the bound number verified or not. */
  public void markPhoneVerified(boolean verified, Instant now) {
    requirePhone();
    this.phoneVerified = verified;
    this.updatedAt = now;
  }

  /** Suspends or activates the account; a suspension ends every session. */
  public void setStatus(AccountStatus newStatus, Instant now) {
    if (newStatus == status) {
      return;
    }
    this.status = Objects.requireNonNull(newStatus);
    if (newStatus == AccountStatus.SUSPENDED) {
      revokeTokens(now);
    } else {
      updatedAt = now;
    }
  }

  /** An operator renames the account; the name is checked ({@link Usernames#checked}) by then. */
  public void rename(String checkedUsername, Instant now) {
    this.username = checkedUsername;
    this.usernameKey = Usernames.key(checkedUsername);
    this.updatedAt = now;
  }

  /**
   * An operator sets the e-mail; checked ({@link Emails#checked}) by then. Only a code to it
   * verifies it.
   */
  public void changeEmail(String checkedEmail, Instant now) {
    if (!Objects.equals(email, checkedEmail)) {
      this.emailVerified = false;
    }
    this.email = checkedEmail;
    this.updatedAt = now;
  }

  /**
   * @throws AuthenticationException with {@code ACCOUNT_SUSPENDED} while an operator has suspended
   *     the account
   */
  public void checkMaySignIn() {
    if (status == AccountStatus.SUSPENDED) {
      throw new AuthenticationException(ErrorKind.ACCOUNT_SUSPENDED);
    }
  }

  public AccountStatus status() {
    return status;
  }

  /**
   * Sets a new password; every access token issued so far ends.
   *
   * @throws AccountRuleException with {@code PHONE_CHANGE_PENDING} while a change of number made
   *     without the old phone waits
   */
  public void changePassword(String newPasswordHash, Instant now) {
    checkCredentialsMayChange();
    this.passwordHash = Objects.requireNonNull(newPasswordHash);
    revokeTokens(now);
  }

  /**
   * Removes the bound phone, unless it is the only way left to sign in.
   *
   * @throws PhoneBindingRuleException with {@code NO_PHONE_BOUND} or {@code PHONE_IS_ONLY_SIGN_IN}
   */
  public void unbindPhone(Instant now) {
    checkCanUnbindPhone();
    this.phone = null;
    this.phoneCountryCode = null;
    this.phoneVerified = false;
    this.phoneClaimed = false;
    revokeTokens(now);
  }

  /**
   * Ends every sign-in session and grant so far (sign-out, a phone change, an unbind, a new
   * password): each holds the generation it was made in, and only the current one is accepted. The
   * session that made a change is carried into the new one ({@link
   * SignInSessions#keepThroughChange}).
   */
  public void revokeTokens(Instant now) {
    tokenGeneration++;
    updatedAt = now;
  }

  /** The key its failed guesses are counted under, whichever identifier named the account. */
  public String lockoutKey() {
    return "user:" + id;
  }

  public int tokenGeneration() {
    return tokenGeneration;
  }

  /** A password with a username or an email still lets the user in. */
  public boolean canSignInWithoutPhone() {
    return passwordHash != null && (username != null || email != null);
  }

  /** How messages to the user name the account: its username, else its e-mail, else its phone. */
  public String accountName() {
    if (username != null) {
      return username;
    }
    if (email != null) {
      return email;
    }
    return phone == null ? "" : phone.masked();
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  String passwordHash() {
    return passwordHash;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }

  public boolean hasPhone() {
    return phone != null;
  }

  public Optional<PhoneNumber> phone() {
    return Optional.ofNullable(phone);
  }

  public boolean isPhoneVerified() {
    return phoneVerified;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
