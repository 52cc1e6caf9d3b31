package io.ipaccord.treaty;

import io.ipaccord.testing.arch.PackageCycles;

/** No two packages of treaty-service's main code import each other, directly or in a circle. */
class PackageCyclesTest extends PackageCycles {
}
