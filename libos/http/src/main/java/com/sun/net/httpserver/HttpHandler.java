package com.sun.net.httpserver;

import java.io.IOException;

/** Handles one HTTP exchange (same contract as the JDK's jdk.httpserver API). */
public interface HttpHandler {
    void handle(HttpExchange exchange) throws IOException;
}
