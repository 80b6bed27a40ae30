/** The daemon: a warm JVM that runs factquiz commands for the launcher, so repeated runs skip the JVM start. */
package org.factquiz.daemon;
