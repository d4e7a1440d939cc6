package dev.navi.cli;

/** How the user started navi, for the commands navi suggests: {@code scripts/navi} sets it, else plain {@code navi}. */
final class Launcher {
    private Launcher() {
    }

    /** The launcher path as the user invoked it ({@code scripts/navi}, {@code ./scripts/navi}), else {@code navi}. */
    static String name() {
        String s = System.getProperty("navi.launcher");
        return s == null || s.isBlank() ? "navi" : s;
    }
}
