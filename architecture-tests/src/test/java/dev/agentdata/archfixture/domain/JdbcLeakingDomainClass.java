package dev.agentdata.archfixture.domain;

import javax.sql.DataSource;

/** Fixture violating "domain depends only on java..": it needs a javax.sql type. */
public class JdbcLeakingDomainClass {
    private DataSource dataSource;

    public DataSource dataSource() {
        return dataSource;
    }
}
