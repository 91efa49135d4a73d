package org.emporium.platform.test.architecture.sqlinapplication.application;

import org.springframework.jdbc.core.simple.JdbcClient;

public class ThingQueries {
    private final JdbcClient jdbc;

    public ThingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String byName(String name) {
        return jdbc.sql("select name from things where name = ?")
                .param(name)
                .query(String.class)
                .single();
    }
}
