package dev.curate.jobs.cli; public final class Curate { public static void main(String[] a){} }
