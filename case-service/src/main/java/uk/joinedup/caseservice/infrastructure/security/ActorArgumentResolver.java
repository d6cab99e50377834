package uk.joinedup.caseservice.infrastructure.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;

/** Gives controllers the {@link Actor} described by the verified access token. */
final class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Actor.class);
    }

    @Override
    public Actor resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("An access token is required");
        }
        return actorOf(token.getToken());
    }

    static Actor actorOf(Jwt jwt) {
        String agency = jwt.getClaimAsString("agency");
        AgencyKind kind = agencyKind(jwt.getClaimAsString("agency_kind"));
        String name = jwt.getClaimAsString("name");
        String agencyName = jwt.getClaimAsString("agency_name");
        if (agency == null) {
            throw new AccessDeniedException("The access token names no agency");
        }
        return new Actor(
                jwt.getSubject(),
                name != null ? name : jwt.getSubject(),
                new AgencyId(agency),
                agencyName != null ? agencyName : agency,
                kind,
                roles(jwt.getClaimAsStringList("roles")),
                jwt.getClaimAsString("team"));
    }

    private static AgencyKind agencyKind(String claim) {
        for (AgencyKind kind : AgencyKind.values()) {
            if (kind.name().equals(claim)) {
                return kind;
            }
        }
        throw new AccessDeniedException("The access token names no known kind of agency");
    }

    private static Set<Role> roles(List<String> claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (claim != null && claim.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
