package org.factquiz.web;

/** A sign-in or sign-up form as it comes back with a problem: the name typed (never the password). */
public record AccountForm(String name, boolean guestKeeps) {
}
