/** The web quiz over HTTP: routes, thin handlers, sessions and CSRF, security headers, and the pages' view models for the jte templates. */
package org.factquiz.web;
