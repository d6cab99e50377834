package uk.joinedup.caseservice.infrastructure.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Two updates of one document become one only when that changes nothing. */
class UpdateMergeTest {

    private static final Document KEY = new Document("_id", "dob:2013-03-14");

    @Test
    void settingDifferentFieldsIsOneUpdate() {
        assertThat(UpdateMerge.of(
                        update("$set", "entries.p1", "Kai Reed", true), update("$set", "entries.p2", "Amy Reed", true)))
                .map(UpdateMergeTest::spec)
                .contains(
                        new Document("$set", new Document("entries.p1", "Kai Reed").append("entries.p2", "Amy Reed")));
    }

    @Test
    void settingAFieldTwiceKeepsTheLaterValue() {
        assertThat(UpdateMerge.of(
                        update("$set", "entries.p1", "Kai", true), update("$set", "entries.p1", "Kai Reed", true)))
                .map(UpdateMergeTest::spec)
                .contains(new Document("$set", new Document("entries.p1", "Kai Reed")));
    }

    @Test
    void unsettingOneFieldAndSettingAnotherIsOneUpdate() {
        assertThat(UpdateMerge.of(update("$unset", "entries.p1", "", false), update("$set", "entries.p2", "Amy", true)))
                .map(UpdateMergeTest::spec)
                .contains(new Document("$unset", new Document("entries.p1", ""))
                        .append("$set", new Document("entries.p2", "Amy")));
    }

    @Test
    void unsettingAFieldThenSettingItStaysTwoUpdates() {
        assertThat(UpdateMerge.of(update("$unset", "entries.p1", "", false), update("$set", "entries.p1", "Kai", true)))
                .isEmpty();
    }

    @Test
    void aFieldAndAFieldWithinItStayTwoUpdatesWhicheverComesFirst() {
        assertThat(UpdateMerge.of(
                        update("$set", "entries", new Document(), true), update("$set", "entries.p1", "Kai", true)))
                .isEmpty();
        assertThat(UpdateMerge.of(
                        update("$set", "entries.p1", "Kai", true), update("$set", "entries", new Document(), true)))
                .isEmpty();
    }

    @Test
    void fieldsThatOnlyBeginAlikeAreDifferentFields() {
        assertThat(UpdateMerge.of(
                        update("$set", "entries.p1", "Kai", true), update("$set", "entries.p10", "Amy", true)))
                .isPresent();
    }

    @Test
    void addingToASetTwiceStaysTwoUpdates() {
        assertThat(UpdateMerge.of(
                        update("$addToSet", "personIds", "p1", true), update("$addToSet", "personIds", "p2", true)))
                .isEmpty();
        assertThat(UpdateMerge.of(
                        update("$addToSet", "personIds", "p1", true), update("$pull", "personIds", "p1", false)))
                .isEmpty();
    }

    @Test
    void addingToOneSetAndPullingFromAnotherIsOneUpdate() {
        assertThat(UpdateMerge.of(
                        update("$addToSet", "personIds", "p1", true), update("$pull", "formerIds", "p1", false)))
                .isPresent();
    }

    @Test
    void theMergedUpdateCreatesTheDocumentIfEitherWould() {
        assertThat(UpdateMerge.of(update("$unset", "entries.p1", "", false), update("$set", "entries.p2", "Amy", true)))
                .map(merged -> merged.getOptions().isUpsert())
                .contains(true);
        assertThat(UpdateMerge.of(update("$set", "entries.p2", "Amy", true), update("$unset", "entries.p1", "", false)))
                .map(merged -> merged.getOptions().isUpsert())
                .contains(true);
        assertThat(UpdateMerge.of(update("$unset", "entries.p1", "", false), update("$unset", "entries.p2", "", false)))
                .map(merged -> merged.getOptions().isUpsert())
                .contains(false);
    }

    @Test
    void theMergedUpdateLeavesTheFirstAsItWas() {
        UpdateOneModel<Document> first = update("$set", "entries.p1", "Kai", true);
        Optional<UpdateOneModel<Document>> merged = UpdateMerge.of(first, update("$set", "entries.p2", "Amy", true));

        assertThat(merged).isPresent();
        assertThat(spec(first)).isEqualTo(new Document("$set", new Document("entries.p1", "Kai")));
        assertThat(merged.get().getFilter()).isEqualTo(KEY);
    }

    private static UpdateOneModel<Document> update(String operator, String field, Object value, boolean upsert) {
        return new UpdateOneModel<>(
                KEY, new Document(operator, new Document(field, value)), new UpdateOptions().upsert(upsert));
    }

    private static Document spec(UpdateOneModel<Document> update) {
        return (Document) update.getUpdate();
    }
}
