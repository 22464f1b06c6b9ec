package org.harambee.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(@RequestParam(name = "error", required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "identity/login";
    }
}
