package ir.kanoonyar.bot.conversation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Every {@link Flow} bean by its id: how the engine, and hand-overs, find a flow. */
@Component
public class FlowRegistry {

    private final Map<String, Flow> flows = new LinkedHashMap<>();

    public FlowRegistry(List<Flow> flows) {
        for (Flow flow : flows) {
            if (this.flows.putIfAbsent(flow.id(), flow) != null) {
                throw new IllegalStateException("Two flows with the id " + flow.id());
            }
        }
        if (!this.flows.containsKey(Flow.MENU)) {
            throw new IllegalStateException("No flow with the id " + Flow.MENU + ": the chat has nowhere to rest");
        }
    }

    public Flow get(String id) {
        Flow flow = flows.get(id);
        if (flow == null) {
            throw new IllegalStateException("No flow with the id " + id);
        }
        return flow;
    }

    public boolean has(String id) {
        return flows.containsKey(id);
    }

    public Collection<Flow> all() {
        return flows.values();
    }
}
