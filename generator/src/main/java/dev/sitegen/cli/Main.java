package dev.sitegen.cli;

/** Entry point of site-gen.jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("site-gen");
    }
}
