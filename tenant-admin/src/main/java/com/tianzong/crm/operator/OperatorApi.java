package com.tianzong.crm.operator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The operators' REST endpoints under {@code /operator/api}. */
@ApplicationPath("api")
public class OperatorApi extends Application {
}
