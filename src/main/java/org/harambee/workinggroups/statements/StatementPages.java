package org.harambee.workinggroups.statements;

import org.harambee.site.Installation;
import org.harambee.site.RichText;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.identity.HarambeeUser;
import org.harambee.membership.MemberOrganization;
import org.harambee.membership.OrganizationAccess;
import org.harambee.membership.OrganizationView;
import org.harambee.site.FormErrors;
import org.harambee.site.Option;
import org.harambee.taxonomy.Taxonomy;
import org.harambee.taxonomy.UsState;
import org.harambee.membership.OrganizationId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the statement pages show one reader: the statement with its signatories (organizations with a link and logo
 * when this reader may see them, in sections by place or in one list by name; individuals after them), what this
 * reader may sign or withdraw, and the choices of the drafting forms.
 */
@Component
class StatementPages {

    static final String BY_STATE = "state";
    static final String BY_NAME = "name";
    private static final int EXCERPT = 200;

    private final Statements statements;
    private final OrganizationAccess organizations;
    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final String baseUrl;

    StatementPages(Statements statements, OrganizationAccess organizations, Taxonomy taxonomy,
            MessageSource messages, Installation installation) {
        this.statements = statements;
        this.organizations = organizations;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.baseUrl = installation.address();
    }

    /** The statement's page for this reader, organizations listed by place ({@value #BY_STATE}) or by name. */
    StatementView view(Long id, String order, HarambeeUser user, Locale locale) {
        Statements.Reading reading = statements.read(id, user);
        SignOnStatement statement = reading.statement();
        Instant now = statements.now();
        StatementState state = statement.state(now);
        List<Signature> signatures = statements.signatures(statement);
        boolean byName = BY_NAME.equals(order);
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        Comparator<Signatory> alphabetical = Comparator.comparing(Signatory::name, collator);

        List<Signature> fromOrganizations = signatures.stream()
                .filter(signature -> signature.kind() == SignerKind.ORGANIZATION).toList();
        Map<Long, OrganizationView> visible = organizations.profiles(OrganizationId.all(fromOrganizations.stream()
                .map(Signature::organizationId).toList()), user).stream()
                .collect(Collectors.toMap(OrganizationView::id, Function.identity()));
        Map<String, String> states = taxonomy.states().stream().collect(Collectors.toMap(UsState::code, UsState::name));
        List<Signatory> signingOrganizations = fromOrganizations.stream()
                .map(signature -> signatory(signature, visible.get(signature.organizationId()),
                        place(signature, states, locale)))
                .sorted(alphabetical).toList();
        boolean owner = reading.reader().owner();
        UUID account = user == null ? null : user.accountId();
        List<Signature> fromPeople = signatures.stream()
                .filter(signature -> signature.kind() == SignerKind.INDIVIDUAL).toList();
        List<Signatory> individuals = fromPeople.stream().filter(signature -> signature.namedTo(owner, account))
                .map(signature -> signatory(signature, null, null)).sorted(alphabetical).toList();

        Set<String> signed = signatures.stream().map(Signature::signerKey).collect(Collectors.toSet());
        boolean open = state == StatementState.OPEN;
        List<MemberOrganization> represented = open ? organizations.representedBy(user) : List.of();
        boolean signedOwn = user != null && signed.contains(Signer.personKey(user.accountId()));
        Instant closedAt = statement.closedAt(now);
        return new StatementView(StatementText.of(statement),
                statement.versions().stream().map(StatementText.Version::of).toList(), state,
                RichText.html(statement.body()),
                RichText.excerpt(statement.body(), EXCERPT), reading.group(), statement.groupId() == null, signatures.size(),
                byName ? sectionsByName(signingOrganizations) : sectionsByPlace(signingOrganizations, collator, locale),
                individuals, fromPeople.size() - individuals.size(), byName ? BY_NAME : BY_STATE,
                represented.stream().filter(o -> o.active() && !signed.contains(Signer.organizationKey(o.id())))
                        .map(StatementPages::option).toList(),
                represented.stream().filter(o -> signed.contains(Signer.organizationKey(o.id())))
                        .map(StatementPages::option).toList(),
                open && statement.individualsMaySign() && Statements.isMember(user) && !signedOwn, open && signedOwn,
                user != null, owner,
                closedAt == null ? null : LocalDate.ofInstant(closedAt, statements.zone()), statements.zone(),
                statement.isPublic() ? baseUrl + "/statements/" + statement.id() : null);
    }

    /** The statement's page into the model, with the owners' opening and delivery forms as given and their errors. */
    String statementPage(StatementView view, OpeningForm opening, FormErrors openingErrors, DeliveryForm delivery,
            FormErrors deliveryErrors, Locale locale, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("opening", opening);
        model.addAttribute("openingErrors", openingErrors);
        model.addAttribute("delivery", delivery);
        model.addAttribute("deliveryErrors", deliveryErrors);
        model.addAttribute("deliveryMethods", deliveryMethods(locale));
        return "statements/statement";
    }

    /** The statement's page, which must be closed (or delivered): its printable page. */
    StatementView closedView(Long id, HarambeeUser user, Locale locale) {
        StatementView view = view(id, BY_NAME, user, locale);
        if (!view.closed()) {
            throw new UnknownStatementException();
        }
        return view;
    }

    private Signatory signatory(Signature signature, OrganizationView organization, String place) {
        return new Signatory(signature.name(), signature.kind(), organization == null ? null : organization.slug(),
                organization != null && organization.hasLogo(), place,
                LocalDate.ofInstant(signature.signedAt(), statements.zone()));
    }

    /** The state signing organizations are in, or their country outside the United States; null when unknown. */
    private static String place(Signature signature, Map<String, String> states, Locale locale) {
        if (signature.stateCode() != null) {
            return states.getOrDefault(signature.stateCode(), signature.stateCode());
        }
        return signature.country() == null ? null : new Locale("", signature.country()).getDisplayCountry(locale);
    }

    private static List<StatementView.Section> sectionsByName(List<Signatory> signatories) {
        return signatories.isEmpty() ? List.of() : List.of(new StatementView.Section(null, signatories));
    }

    private List<StatementView.Section> sectionsByPlace(List<Signatory> signatories, Collator collator,
            Locale locale) {
        String unknown = messages.getMessage("statements.place.unknown", null, locale);
        Map<String, List<Signatory>> byPlace = new TreeMap<>(collator);
        signatories.forEach(signatory -> byPlace.computeIfAbsent(signatory.place() == null ? unknown
                : signatory.place(), place -> new ArrayList<>()).add(signatory));
        return byPlace.entrySet().stream().map(entry -> new StatementView.Section(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static Option option(MemberOrganization organization) {
        return new Option(String.valueOf(organization.id()), organization.name());
    }

    /** Whom this person may draft a statement for: the groups they convene, and the network when staff. */
    List<Option> owners(HarambeeUser user, Locale locale) {
        List<Option> owners = new ArrayList<>(statements.draftingGroups(user).stream()
                .map(group -> new Option(String.valueOf(group.id()), group.name())).toList());
        if (user != null && user.isStaff()) {
            owners.add(new Option(DraftForm.STAFF, messages.getMessage("statements.owner.staff", null, locale)));
        }
        return owners;
    }

    /** The choices of who may read a statement once open. */
    List<Option> visibilities(Locale locale) {
        return Arrays.stream(StatementVisibility.values()).map(visibility -> new Option(visibility.name(),
                messages.getMessage("statements.visibility." + visibility.name(), null, locale))).toList();
    }

    /** The ways a statement may have been delivered. */
    List<Option> deliveryMethods(Locale locale) {
        return Arrays.stream(DeliveryMethod.values()).map(method -> new Option(method.name(),
                messages.getMessage("statements.delivery.method." + method.name(), null, locale))).toList();
    }
}
