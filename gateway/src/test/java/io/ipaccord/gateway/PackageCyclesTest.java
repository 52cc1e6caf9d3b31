package io.ipaccord.gateway;

import io.ipaccord.testing.arch.PackageCycles;

/** No two packages of gateway's main code import each other, directly or in a circle. */
class PackageCyclesTest extends PackageCycles {
}
