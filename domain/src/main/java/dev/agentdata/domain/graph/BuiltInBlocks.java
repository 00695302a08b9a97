package dev.agentdata.domain.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The blocks every deployment has; teams add more through another {@code BlockCatalog}. */
public final class BuiltInBlocks {
    public static final String AGENT_INPUT = "c0a8e994-ebf1-4a9c-a4d8-89d09c86741b";
    public static final String AGENT_OUTPUT = "363ae599-353e-4804-937e-b2ee3cef3da4";
    public static final String TEXT_TEMPLATE = "db7d8f02-2f44-4c55-ab7a-eae0941f0c30";
    public static final String ADD_NUMBERS = "ab5d9a5c-9b7e-4d8b-8e57-2f0a4f8c61d1";
    public static final String HTTP_REQUEST = "6595ae1f-b924-42cb-9a41-551a0611c4b4";

    private BuiltInBlocks() {
    }

    public static List<Block> all() {
        return List.of(
                new Block(AGENT_INPUT, "Agent Input", "Takes a value from the execution's inputs and passes it on.",
                        ports("value", PortSpec.required(PortType.ANY), "description", PortSpec.optional(PortType.STRING)),
                        ports("result", PortSpec.optional(PortType.ANY))),
                new Block(AGENT_OUTPUT, "Agent Output", "Records a value as an output of the execution.",
                        ports("value", PortSpec.required(PortType.ANY), "name", PortSpec.optional(PortType.STRING)),
                        ports("output", PortSpec.optional(PortType.ANY))),
                new Block(TEXT_TEMPLATE, "Text Template", "Fills a template with named values.",
                        ports("template", PortSpec.required(PortType.STRING), "values", PortSpec.optional(PortType.OBJECT)),
                        ports("text", PortSpec.optional(PortType.STRING))),
                new Block(ADD_NUMBERS, "Add Numbers", "Adds two numbers.",
                        ports("a", PortSpec.required(PortType.NUMBER), "b", PortSpec.required(PortType.NUMBER)),
                        ports("sum", PortSpec.optional(PortType.NUMBER))),
                new Block(HTTP_REQUEST, "HTTP Request", "Sends an HTTP request and returns the response.",
                        ports("url", PortSpec.required(PortType.STRING), "method", PortSpec.optional(PortType.STRING),
                                "headers", PortSpec.optional(PortType.OBJECT), "body", PortSpec.optional(PortType.ANY)),
                        ports("status", PortSpec.optional(PortType.INTEGER), "body", PortSpec.optional(PortType.ANY),
                                "headers", PortSpec.optional(PortType.OBJECT))));
    }

    private static Map<String, PortSpec> ports(Object... nameThenSpec) {
        Map<String, PortSpec> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSpec.length; i += 2) {
            m.put((String) nameThenSpec[i], (PortSpec) nameThenSpec[i + 1]);
        }
        return m;
    }
}
