package com.tianzong.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tianzong.crm.platform.tenancy.TenantCode;
import com.tianzong.crm.platform.tenancy.TenantProvisioning;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The default data every new tenant starts with (TEN-03), from the versioned tenant migrations:
 * roles, code lists in three languages, the qualitative assessment indicators with their scoring
 * levels, the quantitative indicators, training items and example commission rules.
 */
@ExtendWith(ArquillianExtension.class)
class DefaultDataIT {

    @EJB
    TenantProvisioning provisioning;

    @Resource(lookup = "jdbc/tianzong")
    DataSource dataSource;

    private TestTenants tenants;
    private String schema;

    @BeforeEach
    void tenant() {
        tenants = new TestTenants(provisioning);
        TenantCode code = tenants.create("it_seed");
        schema = code.schemaName();
    }

    @AfterEach
    void removeTenant() {
        tenants.removeAll();
    }

    @Test
    void TEN03_newTenantHasRolesAndCodeListsLabelledInThreeLanguages() throws SQLException {
        assertThat(strings("select code from role order by code")).containsExactlyInAnyOrder(
                "TENANT_ADMIN", "SALES_DIRECTOR", "SALES_MANAGER", "SALES_REP", "FINANCE", "SERVICE", "MARKETING");
        assertThat(strings("select distinct list_code from code_item")).contains(
                "CUSTOMER_TYPE", "INDUSTRY", "REGION", "INTERACTION_TYPE", "PAYMENT_TERMS", "UNIT");
        assertThat(number("select count(*) from code_item where name_zh_cn = '' or name_zh_tw = '' or name_en = ''")).isZero();
    }

    @Test
    void TEN03_eightyQualitativeIndicatorsEachWithFourOrFiveScoringLevels() throws SQLException {
        assertThat(number("select count(*) from qualitative_indicator")).isGreaterThanOrEqualTo(80);
        assertThat(number("select count(*) from indicator_category")).isGreaterThanOrEqualTo(6);
        assertThat(strings("select name_zh_cn from qualitative_indicator")).contains("客户沟通能力", "团队协作", "回款意识");
        assertThat(number("select count(*) from (select indicator_id from qualitative_level group by indicator_id"
                + " having count(*) not between 4 and 5) odd")).isZero();
        assertThat(number("select count(*) from qualitative_indicator i where not exists"
                + " (select 1 from qualitative_level l where l.indicator_id = i.id and l.level_no = 1 and l.score = i.max_score)"))
                .as("the best level scores the indicator's maximum").isZero();
        assertThat(number("select count(*) from qualitative_level l join qualitative_level worse"
                + " on worse.indicator_id = l.indicator_id and worse.level_no = l.level_no + 1 where worse.score >= l.score"))
                .as("scores fall level by level").isZero();
        assertThat(number("select count(distinct standard) from qualitative_level"))
                .as("every scoring standard is written for its indicator").isEqualTo(number("select count(*) from qualitative_level"));
    }

    @Test
    void TEN03_quantitativeIndicatorsTrainingItemsAndCommissionExamples() throws SQLException {
        assertThat(strings("select name_zh_cn from quantitative_indicator"))
                .contains("销售目标达成率", "毛利目标达成率", "日均拜访次数", "赢单率", "费用率", "回款率", "客户投诉率");
        assertThat(number("select count(*) from training_item")).isGreaterThanOrEqualTo(15);
        assertThat(number("select count(*) from commission_rule where example and not active")).isEqualTo(4);
        // the tiers of each rule start at 0, join without gaps, and only the last one is open
        assertThat(number("select count(*) from commission_tier t where t.lower_bound <> coalesce((select p.upper_bound"
                + " from commission_tier p where p.rule_id = t.rule_id and p.sort_order < t.sort_order"
                + " order by p.sort_order desc limit 1), 0)")).isZero();
        assertThat(number("select count(*) from commission_rule r where (select count(*) from commission_tier t"
                + " where t.rule_id = r.id and t.upper_bound is null) <> 1")).isZero();
        assertThat(decimal("select max(rate) from commission_tier")).isLessThan(new BigDecimal("0.5"));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set search_path to \"" + schema + "\"");
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            statement.execute("reset search_path");
        }
        return values;
    }

    private long number(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }

    private BigDecimal decimal(String sql) throws SQLException {
        return new BigDecimal(strings(sql).get(0));
    }
}
