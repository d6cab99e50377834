package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The faster index key type orders keys exactly as H2's own type does, so either reads the other's files. */
class IndexKeyTypeTest {

    private final IndexKeyType faster = new IndexKeyType();
    private final ObjectDataType h2s = new ObjectDataType();

    @Test
    void ordersEveryPairOfKeysAsH2sOwnTypeDoes() {
        List<KeyValue> keys = keys(new Random(20261202), 150);

        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(faster.compare(a, b)))
                        .as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(h2s.compare(a, b)));
            }
        }
    }

    @Test
    void aKeyEqualToAnotherButAnotherObjectComparesEqualAndTheSameFieldsInAnotherOrderDoNot() {
        KeyValue key = new KeyValue("person-1", 42L);
        Document ab = new Document("a", 1).append("b", 2);
        Document ba = new Document("b", 2).append("a", 1);

        assertThat(faster.compare(key, new KeyValue("person-1", 42L))).isZero();
        assertThat(Integer.signum(faster.compare(new KeyValue(ab), new KeyValue(ba))))
                .as("equal documents whose fields serialise in another order are other keys to H2")
                .isEqualTo(Integer.signum(h2s.compare(new KeyValue(ab), new KeyValue(ba))))
                .isNotZero();
    }

    @Test
    void comparesAnythingElseAsH2sOwnTypeDoes() {
        assertThat(Integer.signum(faster.compare("a", "b"))).isEqualTo(Integer.signum(h2s.compare("a", "b")));
        assertThat(Integer.signum(faster.compare(7L, 3L))).isEqualTo(Integer.signum(h2s.compare(7L, 3L)));
        KeyValue key = new KeyValue("x");
        assertThat(Integer.signum(faster.compare(key, "x"))).isEqualTo(Integer.signum(h2s.compare(key, "x")));
    }

    private static List<KeyValue> keys(Random random, int count) {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(
                    switch (i % 5) {
                        case 0 -> new KeyValue("family-" + random.nextInt(40));
                        case 1 -> new KeyValue(random.nextLong());
                        case 2 -> new KeyValue(random.nextInt(100), "é" + random.nextInt(5));
                        case 3 -> new KeyValue(random.nextDouble());
                        default -> new KeyValue(new Document("id", random.nextInt(10)).append("at", random.nextInt(3)));
                    });
        }
        return keys;
    }
}
