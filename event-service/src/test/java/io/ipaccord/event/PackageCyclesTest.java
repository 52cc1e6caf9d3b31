package io.ipaccord.event;

import io.ipaccord.testing.arch.PackageCycles;

/** No two packages of event-service's main code import each other, directly or in a circle. */
class PackageCyclesTest extends PackageCycles {
}
