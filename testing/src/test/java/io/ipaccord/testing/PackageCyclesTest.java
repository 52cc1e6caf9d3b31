package io.ipaccord.testing;

import io.ipaccord.testing.arch.PackageCycles;

/** No two packages of testing's main code import each other, directly or in a circle. */
class PackageCyclesTest extends PackageCycles {
}
