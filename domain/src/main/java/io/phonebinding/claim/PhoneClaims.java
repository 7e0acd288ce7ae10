package io.phonebinding.claim;

import io.phonebinding.account.AccountRuleException;
import io.phonebinding.account.OneTimeTokens;
import io.phonebinding.account.User;
import io.phonebinding.account.UserRepository;
import io.phonebinding.audit.AuditAction;
import io.phonebinding.audit.AuditTrail;
import io.phonebinding.error.ErrorKind;
import io.phonebinding.error.InputLengths;
import io.phonebinding.error.InvalidInputException;
import io.phonebinding.error.ResourceNotFoundException;
import io.phonebinding.mail.MailSender;
import io.phonebinding.mail.MailTemplates;
import io.phonebinding.phone.PhoneNumber;
import io.phonebinding.request.RequestOrigin;
import io.phonebinding.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recycled numbers: the new holder of a number, who proved it with a code, claims it from the
 * account that left it unproven for the dormancy period. From the claim on the number no longer
 * signs that account in; its holder is told by e-mail (never by SMS to the number) with a link that
 * keeps it; a right code from the holder cancels the claim; after the delay the number moves, in
 * one transaction, and the holder's sessions end.
 */
@ApplicationScoped
public class PhoneClaims {

  /** The page a keep link opens. */
  public static final String KEEP_PAGE = "/keep-number.xhtml";

  @PersistenceContext EntityManager entityManager;

  @Inject UserRepository users;

  @Inject AuditTrail audit;

  @Inject MailSender mail;

  @Inject MailTemplates templates;

  @Inject ClaimSettings settings;

  @Inject Transactions transactions;

  @Inject Clock clock;

  /**
   * Claims a number for the claimant (row-locked by the caller, without a phone, whose code to the
   * number was just checked) from the account that has it, in the caller's transaction.
   *
   * @return the claim, a new one or the claimant's own that stands already; empty when the number
   *     stays its holder's (proven within the dormancy period, or claimed by someone else)
   * @throws AccountRuleException with {@code PHONE_CHANGE_PENDING} when the claimant claims another
   *     number already
   */
  @Transactional(TxType.MANDATORY)
  public Optional<PhoneClaim> claim(
      User claimant, String holderId, PhoneNumber phone, RequestOrigin origin) {
    Instant now = clock.instant();
    User holder = users.lockById(holderId).orElseThrow();
    List<PhoneClaim> open = openOn(phone);
    if (!open.isEmpty()) {
      return open.stream().filter(claim -> claim.claimantId().equals(claimant.id())).findFirst();
    }
    if (!holder.phone().equals(Optional.of(phone))
        || !holder.phoneUnprovenSince(now.minus(settings.dormancy()))) {
      return Optional.empty();
    }
    if (!openBy(claimant).isEmpty()) {
      throw new AccountRuleException(ErrorKind.PHONE_CHANGE_PENDING);
    }
    Optional<String> keepToken = holder.verifiedEmail().map(address -> OneTimeTokens.newToken());
    PhoneClaim claim =
        new PhoneClaim(
            phone,
            holder.id(),
            claimant.id(),
            keepToken.map(OneTimeTokens::hash).orElse(null),
            now,
            now.plus(settings.delay()));
    entityManager.persist(claim);
    holder.phoneClaimStarted();
    audit.success(holder.id(), AuditAction.PHONE_CLAIM_STARTED, phone.masked(), origin);
    audit.success(claimant.id(), AuditAction.PHONE_CLAIM_STARTED, phone.masked(), origin);
    holder
        .verifiedEmail()
        .ifPresent(
            address ->
                mail.send(
                    templates.claimNotice(
                        address,
                        phone.masked(),
                        holder.accountName(),
                        claim.effectiveAt(),
                        templates.link(KEEP_PAGE, keepToken.orElseThrow()),
                        origin.locale())));
    return Optional.of(claim);
  }

  /**
   * The holder keeps the number through the link mailed to them: the claim waits for an operator,
   * and the number still does not sign the holder in (the claimant has the SIM).
   *
   * @throws InvalidInputException with {@code LINK_INVALID} for an unknown or spent link, or a
   *     claim that ended
   */
  public PhoneClaim keep(String token, RequestOrigin origin) {
    return transactions.call(
        () -> {
          PhoneClaim claim = byKeepToken(token);
          if (!claim.dispute(clock.instant())) {
            throw InvalidInputException.invalidLink();
          }
          audit.success(
              claim.holderId(), AuditAction.PHONE_CLAIM_DISPUTED, claim.phone().masked(), origin);
          return claim;
        });
  }

  /**
   * The holder (row-locked by the caller) proved the number again with a code: a claim on it ends.
   */
  @Transactional(TxType.MANDATORY)
  public void holderProved(User holder, RequestOrigin origin) {
    Instant now = clock.instant();
    holder
        .phone()
        .ifPresent(
            phone ->
                openOn(phone).stream()
                    .filter(claim -> claim.holderId().equals(holder.id()))
                    .forEach(
                        claim -> {
                          claim.end(ClaimState.CANCELLED, now);
                          holder.phoneClaimEnded();
                          auditBoth(claim, AuditAction.PHONE_CLAIM_CANCELLED, origin);
                        }));
  }

  /** Moves every number whose claim fell due, each in a transaction of its own. */
  public int completeDue() {
    List<Long> due =
        transactions.callAlone(
            () ->
                entityManager
                    .createNamedQuery(PhoneClaim.DUE, Long.class)
                    .setParameter("now", clock.instant())
                    .getResultList());
    return transactions.eachAlone(due, this::completeIfDue);
  }

  private boolean completeIfDue(long id) {
    PhoneClaim claim = entityManager.find(PhoneClaim.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (claim == null || claim.state() != ClaimState.PENDING || claim.effectiveAt().isAfter(now)) {
      return false;
    }
    return moveNumber(claim, RequestOrigin.server());
  }

  /**
   * An operator decides a claim: the number moves to the claimant, or stays with its holder (who
   * counts as having proven it now).
   *
   * @throws ResourceNotFoundException when no open claim has this id
   */
  public PhoneClaim decide(
      long claimId, boolean move, String actor, String reason, RequestOrigin origin) {
    return transactions.call(
        () -> {
          PhoneClaim claim =
              Optional.ofNullable(
                      entityManager.find(PhoneClaim.class, claimId, LockModeType.PESSIMISTIC_WRITE))
                  .filter(found -> found.state().isOpen())
                  .orElseThrow(ResourceNotFoundException::new);
          if (move) {
            moveNumber(claim, origin);
          } else {
            User holder = users.lockById(claim.holderId()).orElseThrow();
            claim.end(ClaimState.REFUSED, clock.instant());
            holder.phoneClaimEnded();
            holder.phone().ifPresent(phone -> holder.phoneProven(clock.instant()));
          }
          AuditAction action =
              claim.state() == ClaimState.COMPLETED
                  ? AuditAction.PHONE_CLAIM_COMPLETED
                  : AuditAction.PHONE_CLAIM_CANCELLED;
          for (String userId : List.of(claim.holderId(), claim.claimantId())) {
            audit.byOperator(userId, action, claim.phone().masked(), origin, actor, reason);
          }
          return claim;
        });
  }

  /** The claims in a state, newest first, for operators. */
  @Transactional
  public List<PhoneClaim> inState(ClaimState state, int limit) {
    return entityManager
        .createNamedQuery(PhoneClaim.IN_STATE, PhoneClaim.class)
        .setParameter("state", state)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The claim the account makes that still stands, for its page. */
  @Transactional
  public Optional<PhoneClaim> openClaimBy(String claimantId) {
    return entityManager
        .createNamedQuery(PhoneClaim.OPEN_BY_CLAIMANT, PhoneClaim.class)
        .setParameter("claimant", claimantId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The number moves from its holder to the claimant, both row-locked here (in the order of their
   * ids, as every move takes them): the holder's sessions end. When the claimant got a number
   * meanwhile, or a third account has this one, the claim is cancelled instead.
   *
   * @return whether the number moved
   */
  private boolean moveNumber(PhoneClaim claim, RequestOrigin origin) {
    Instant now = clock.instant();
    boolean holderFirst = claim.holderId().compareTo(claim.claimantId()) < 0;
    User first = users.lockById(holderFirst ? claim.holderId() : claim.claimantId()).orElseThrow();
    User second = users.lockById(holderFirst ? claim.claimantId() : claim.holderId()).orElseThrow();
    User holder = holderFirst ? first : second;
    User claimant = holderFirst ? second : first;
    PhoneNumber phone = claim.phone();
    boolean holderHasIt = holder.phone().equals(Optional.of(phone));
    if (claimant.hasPhone() || (!holderHasIt && users.findByPhone(phone).isPresent())) {
      claim.end(ClaimState.CANCELLED, now);
      holder.phoneClaimEnded();
      auditBoth(claim, AuditAction.PHONE_CLAIM_CANCELLED, origin);
      return false;
    }
    if (holderHasIt) {
      holder.freePhone(now);
      // The number must leave the holder's row before it reaches the claimant's (one owner each).
      users.flush();
    }
    claimant.bindPhone(phone, now);
    claim.end(ClaimState.COMPLETED, now);
    auditBoth(claim, AuditAction.PHONE_CLAIM_COMPLETED, origin);
    return true;
  }

  private void auditBoth(PhoneClaim claim, AuditAction action, RequestOrigin origin) {
    audit.success(claim.holderId(), action, claim.phone().masked(), origin);
    audit.success(claim.claimantId(), action, claim.phone().masked(), origin);
  }

  private List<PhoneClaim> openOn(PhoneNumber phone) {
    return entityManager
        .createNamedQuery(PhoneClaim.OPEN_ON_PHONE, PhoneClaim.class)
        .setParameter("phone", phone)
        .getResultList();
  }

  private List<PhoneClaim> openBy(User claimant) {
    return entityManager
        .createNamedQuery(PhoneClaim.OPEN_BY_CLAIMANT, PhoneClaim.class)
        .setParameter("claimant", claimant.id())
        .getResultList();
  }

  private PhoneClaim byKeepToken(String token) {
    if (token == null || token.isBlank() || token.length() > InputLengths.ONE_TIME_TOKEN) {
      throw InvalidInputException.invalidLink();
    }
    return entityManager
        .createNamedQuery(PhoneClaim.BY_KEEP_TOKEN, PhoneClaim.class)
        .setParameter("hash", OneTimeTokens.hash(token.strip()))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(InvalidInputException::invalidLink);
  }
}
