package com.legacytraining.advisor.backup;

import com.legacytraining.advisor.history.Submissions;
import com.legacytraining.advisor.site.NotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Backups page: make a backup of the H2 database now, see the backups kept, download one. */
@Controller
class BackupAdminController {

    static final String PAGE = "/admin/backups";

    private static final Logger log = LoggerFactory.getLogger(BackupAdminController.class);

    private final Backups backups;

    BackupAdminController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("available", backups.available());
        model.addAttribute("directory", backups.directory().toString());
        List<Backups.BackupFile> kept = List.of();
        if (backups.available()) {
            try {
                kept = backups.list();
            } catch (UncheckedIOException unreadable) {
                log.warn("The backups in {} cannot be listed: {}", backups.directory(), unreadable.getMessage());
                model.addAttribute("unreadable", true);
            }
        }
        model.addAttribute("backups", kept);
        model.addAttribute("submission", Submissions.newToken());
        return "admin/backups";
    }

    /**
     * Makes a backup; the same form sent twice makes one, and a second admin's waits for the first. A failure to
     * write (a full disk) is said on the page.
     */
    @PostMapping(PAGE)
    String make(@RequestParam(defaultValue = "") String submission, Principal who, RedirectAttributes redirect) {
        if (!backups.available()) {
            return "redirect:" + PAGE;
        }
        try {
            boolean madeNow = backups.make(submission, who.getName());
            redirect.addFlashAttribute("message", madeNow ? "backups.made" : "backups.alreadyMade");
        } catch (Backups.Busy busy) {
            redirect.addFlashAttribute("message", "backups.busy");
        } catch (UncheckedIOException | DataAccessException failed) {
            log.warn("A backup could not be written to {}: {}", backups.directory(), failed.getMessage());
            redirect.addFlashAttribute("backupFailed", true);
        }
        return "redirect:" + PAGE;
    }

    /** A backup from the list, as a file to save; any other name is a 404. POST, since each download is audited. */
    @PostMapping(PAGE + "/download")
    ResponseEntity<Resource> download(@RequestParam(defaultValue = "") String backup, Principal who) {
        Path file = backups.download(backup, who.getName()).orElseThrow(() -> new NotFoundException("no such backup"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }
}
