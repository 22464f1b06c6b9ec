/**
 * The demo network: a living network of synthetic organizations, people and individual members
 * (no real organization or person), seeded on first start of the embedded default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo network")
package org.harambee.demo;
