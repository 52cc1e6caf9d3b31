package io.ipaccord.contracts;

import io.ipaccord.testing.arch.PackageCycles;

/** No two packages of contracts's main code import each other, directly or in a circle. */
class PackageCyclesTest extends PackageCycles {
}
