package org.cornerstone.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.cornerstone.party.application.AuthenticationService;

/**
 * Jakarta Security identity store over the platform's user table: the password is checked with the
 * container's {@code Pbkdf2PasswordHash} (in {@link AuthenticationService}), the groups are the
 * user's role names, which {@code @RolesAllowed} names.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {
  @Inject AuthenticationService authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return authentication
        .authenticate(password.getCaller(), password.getPassword().getValue())
        .map(
            actor ->
                new CredentialValidationResult(
                    new ActorPrincipal(actor),
                    actor.roles().stream().map(Enum::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
