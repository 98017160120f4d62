package com.tianzong.crm.platform.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordFieldTest {

    @Test
    void PLT03_referencesSortByTheReferencedLabel() {
        assertThat(RecordField.reference("owner", "displayName").sortPath()).isEqualTo("owner.displayName");
        assertThat(RecordField.text("name", 200).sortPath()).isEqualTo("name");
    }

    @Test
    void PLT03_timestampsAreReadOnlyAndNotListedByDefault() {
        RecordField created = RecordField.timestamp("createdAt");
        assertThat(created.isEditable()).isFalse();
        assertThat(created.isListed()).isFalse();
        assertThat(RecordField.text("code", 30).required().searchable().isSearchable()).isTrue();
    }

    @Test
    void PLT03_readsDeclaredFieldsThroughGetters() {
        record Sample(String name) {
            public String getName() {
                return name;
            }
        }
        assertThat(RecordAccess.read(new Sample("甲"), "name")).isEqualTo("甲");
    }
}
