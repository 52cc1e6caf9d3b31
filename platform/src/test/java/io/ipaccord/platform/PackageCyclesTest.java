package io.ipaccord.platform;

import io.ipaccord.testing.arch.PackageCycles;

/** No two packages of platform's main code import each other, directly or in a circle. */
class PackageCyclesTest extends PackageCycles {
}
