package org.harambee.directory;

import org.harambee.identity.HarambeeUser;
import org.harambee.membership.IndividualDirectory;
import org.harambee.taxonomy.Taxonomy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Individual members who chose to be listed, for members only. */
@Controller
class PeopleController {

    private final IndividualDirectory individuals;
    private final Taxonomy taxonomy;

    PeopleController(IndividualDirectory individuals, Taxonomy taxonomy) {
        this.individuals = individuals;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/directory/people")
    @PreAuthorize("hasRole('MEMBER')")
    String people(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "issue", required = false) String issue,
            @RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal HarambeeUser user,
            Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > DirectoryQuery.Q_MAX) {
            text = text.substring(0, DirectoryQuery.Q_MAX);
        }
        model.addAttribute("people", individuals.find(user, text, state, issue, page));
        model.addAttribute("q", text);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("issue", issue == null ? "" : issue);
        model.addAttribute("states", taxonomy.states());
        model.addAttribute("issueAreas", taxonomy.activeIssueAreas());
        return "directory/people";
    }
}
