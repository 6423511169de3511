package org.backroot.tracking;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backroot.account.CurrentUser;
import org.backroot.shared.GroupCommitTimeoutException;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.EntryDates;
import org.backroot.tracking.domain.NewSymptom;
import org.backroot.web.domain.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one-minute daily check-in page: {@code GET /checkin?date=} shows the day (today unless another
 * allowed day is asked for, with its earlier answers), {@code POST /checkin} saves it and goes back to
 * {@code /today} with a "Saved" note, or shows the form again with the problems marked and status 400.
 */
@Controller
class CheckInPagesController {

    /** Flash attribute read by {@code tracking/checkin :: card} to say "Saved" on the next page. */
    static final String SAVED_FLASH = "checkinSaved";
    private static final List<NewSymptom> ORDINARY = Arrays.stream(NewSymptom.values())
            .filter(s -> !s.redFlag() && s != NewSymptom.NONE).toList();
    private static final List<NewSymptom> RED_FLAGS = Arrays.stream(NewSymptom.values()).filter(NewSymptom::redFlag).toList();

    private final CheckInService checkIns;

    CheckInPagesController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/checkin")
    String show(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String date, Model model) {
        LocalDate today = checkIns.today(user.id());
        LocalDate day = DateRange.parseOrNull(date);
        if (day == null || !EntryDates.allows(day, today)) day = today;
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> symptoms = new LinkedHashSet<>();
        checkIns.find(user.id(), day).ifPresent(c -> {
            c.toMap().forEach((k, v) -> {
                if (!(v instanceof List<?>)) values.put(k, text(v));
            });
            c.newSymptoms().forEach(s -> symptoms.add(s.code()));
            model.addAttribute("existing", true);
        });
        values.put(CheckIn.DATE, day.toString());
        return render(model, today, values, symptoms, Map.of());
    }

    @PostMapping("/checkin")
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : CheckIn.FIELDS) {
            String value = form.getFirst(field);
            if (value != null) values.put(field, value.strip());
            if (!field.equals(CheckIn.DATE) && !field.equals(CheckIn.NEW_SYMPTOMS) && value != null && !value.isBlank()) {
                raw.put(field, value.strip());
            }
        }
        List<String> symptoms = form.getOrDefault(CheckIn.NEW_SYMPTOMS, List.of());
        if (!symptoms.isEmpty()) raw.put(CheckIn.NEW_SYMPTOMS, symptoms);
        try {
            checkIns.save(user.id(), DateRange.parseOrNull(form.getFirst(CheckIn.DATE)), raw);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = e.messagesByField();
            return render(model, checkIns.today(user.id()), values, new LinkedHashSet<>(symptoms), errors);
        }
        redirect.addFlashAttribute(SAVED_FLASH, true);
        return "redirect:/today";
    }

    @ExceptionHandler(GroupCommitTimeoutException.class)
    ModelAndView busy(GroupCommitTimeoutException e) {
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", 503);
        page.addObject("notFound", false);
        page.addObject("message", e.getMessage());
        return page;
    }

    private String render(Model model, LocalDate today, Map<String, String> values, Set<String> symptoms, Map<String, String> errors) {
        model.addAttribute("today", today.toString());
        model.addAttribute("earliest", EntryDates.earliest(today).toString());
        model.addAttribute("values", values);
        model.addAttribute("symptoms", symptoms);
        model.addAttribute("errors", errors);
        model.addAttribute("ordinarySymptoms", ORDINARY);
        model.addAttribute("redFlagSymptoms", RED_FLAGS);
        model.addAttribute("noneSymptom", NewSymptom.NONE);
        // The optional questions start folded away, unless something in them is answered or needs fixing.
        model.addAttribute("moreOpen", OPTIONAL.stream().anyMatch(f -> values.containsKey(f) && !values.get(f).isBlank() || errors.containsKey(f)));
        return "tracking/checkin";
    }

    private static final List<String> OPTIONAL = List.of(CheckIn.SLEEP_QUALITY, CheckIn.DIET_QUALITY, CheckIn.SITTING_HOURS,
            CheckIn.ACTIVE_MINUTES, CheckIn.STEPS, CheckIn.ALCOHOL_UNITS);

    /** 7.0 shows as "7", 7.25 as "7.25". */
    static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) return Long.toString(d.longValue());
        return String.valueOf(value);
    }
}
