package io.ipaccord.member;

import io.ipaccord.testing.arch.PackageCycles;

/** No two packages of member-service's main code import each other, directly or in a circle. */
class PackageCyclesTest extends PackageCycles {
}
