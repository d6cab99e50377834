package uk.joinedup.identity.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DemoCodesControllerTest {

    @Test
    void refusesToStartWithoutDemoData() {
        assertThatThrownBy(() -> new DemoCodesController(false, null, new ObjectMapper()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DEMO_DATA");
    }
}
