package org.emporium.ordering.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ShipRequest(
        @NotBlank @Size(max = 100) String carrier,
        @NotBlank @Size(max = 100) String trackingNumber) {}
