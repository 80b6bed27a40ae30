package org.factquiz.language;

/** Active ("Globex makes Orbit Bot") or passive ("Orbit Bot is made by Globex"). */
public enum Voice {
    ACTIVE, PASSIVE
}
