package org.harambee.library;

import jakarta.validation.Valid;
import java.util.List;
import org.harambee.identity.HarambeeUser;
import org.harambee.site.FormErrors;
import org.harambee.site.Identifiers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Curated collections: a collection's page for everyone; creating, filling and ordering them for staff. */
@Controller
class CollectionController {

    private final LibraryCollections collections;

    CollectionController(LibraryCollections collections) {
        this.collections = collections;
    }

    @GetMapping("/library/collections/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser user, Model model) {
        CollectionListing collection = collections.find(id);
        model.addAttribute("collection", collection);
        model.addAttribute("resources", collections.visibleResources(collection, user));
        model.addAttribute("staff", user != null && user.isStaff());
        return "library/collection";
    }

    @GetMapping("/staff/library/collections")
    String list(Model model) {
        return listPage(new CollectionForm(), FormErrors.none(), model);
    }

    @PostMapping("/staff/library/collections")
    String create(@Valid @ModelAttribute("form") CollectionForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return listPage(form, FormErrors.of(result), model);
        }
        return "redirect:/staff/library/collections/" + collections.create(form.getTitle(), form.getDescription(), List.of())
                .id();
    }

    @GetMapping("/staff/library/collections/{id}")
    String edit(@PathVariable Long id, @AuthenticationPrincipal HarambeeUser staff, Model model) {
        CollectionListing collection = collections.find(id);
        return editPage(collection, CollectionForm.of(collection), FormErrors.none(), staff, model);
    }

    @PostMapping("/staff/library/collections/{id}")
    String describe(@PathVariable Long id, @Valid @ModelAttribute("form") CollectionForm form, BindingResult result,
            @AuthenticationPrincipal HarambeeUser staff, Model model, RedirectAttributes redirect) {
        CollectionListing collection = collections.find(id);
        if (result.hasErrors()) {
            return editPage(collection, form, FormErrors.of(result), staff, model);
        }
        collections.describe(collection.id(), form.getTitle(), form.getDescription());
        redirect.addFlashAttribute("notice", "library.collection.saved");
        return "redirect:/staff/library/collections/" + collection.id();
    }

    /** Adds a resource, from the resource's page; back there with a notice. */
    @PostMapping("/staff/library/collections/add")
    String add(@RequestParam(name = "collection", defaultValue = "") String collection,
            @RequestParam(name = "resource", defaultValue = "") String resource, RedirectAttributes redirect) {
        Long resourceId = Identifiers.of(resource).orElseThrow(UnknownResourceException::new);
        try {
            collections.add(Identifiers.of(collection).orElseThrow(UnknownResourceException::new), resourceId);
            redirect.addFlashAttribute("notice", "library.collection.added");
        } catch (CollectionFullException full) {
            redirect.addFlashAttribute("notice", full.key());
        }
        return "redirect:/library/" + resourceId + "#collections";
    }

    @PostMapping("/staff/library/collections/{id}/remove")
    String remove(@PathVariable Long id, @RequestParam(name = "resource", defaultValue = "") String resource) {
        collections.remove(id, Identifiers.of(resource).orElseThrow(UnknownResourceException::new));
        return "redirect:/staff/library/collections/" + id + "#resources";
    }

    @PostMapping("/staff/library/collections/{id}/move")
    String move(@PathVariable Long id, @RequestParam(name = "resource", defaultValue = "") String resource,
            @RequestParam(name = "direction", defaultValue = "") String direction) {
        collections.move(id, Identifiers.of(resource).orElseThrow(UnknownResourceException::new),
                "up".equals(direction) ? -1 : 1);
        return "redirect:/staff/library/collections/" + id + "#resources";
    }

    @PostMapping("/staff/library/collections/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        collections.delete(id);
        redirect.addFlashAttribute("notice", "library.collection.deleted");
        return "redirect:/staff/library/collections";
    }

    private String listPage(CollectionForm form, FormErrors errors, Model model) {
        model.addAttribute("collections", collections.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "library/collections";
    }

    private String editPage(CollectionListing collection, CollectionForm form, FormErrors errors, HarambeeUser staff,
            Model model) {
        model.addAttribute("collection", collection);
        model.addAttribute("resources", collections.visibleResources(collection, staff));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "library/collection-edit";
    }
}
