package com.tianzong.crm.sales.domain;

/** A shipment note waits for the warehouse, has left it, or was withdrawn with its order. */
public enum ShipmentStatus {
    DRAFT, SHIPPED, CANCELLED
}
