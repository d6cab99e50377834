package uk.joinedup.webui.events;

/** What the "what do you want to record?" page posts: the kind of fact. */
public class KindForm {

    private String type;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
