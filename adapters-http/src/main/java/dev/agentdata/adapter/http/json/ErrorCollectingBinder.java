package dev.agentdata.adapter.http.json;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.agentdata.adapter.http.common.BadRequestException;
import dev.agentdata.domain.common.Violation;

/**
 * Turns Jackson's binding failures into one 400 that lists them all with their paths: a shape error (unknown
 * field, wrong type, null element, number out of range) is recorded, the offending value is pruned from the tree
 * and binding is retried.
 */
final class ErrorCollectingBinder {
    /** At most this many problems are listed in one 400. */
    static final int MAX_ERRORS = 100;

    private final ObjectMapper mapper;

    ErrorCollectingBinder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Binds {@code tree} to {@code type}; {@code errors} already found (bad text) are reported with the rest. */
    <T> T bind(JsonNode tree, Class<T> type, List<Violation> errors) {
        Removals removals = new Removals();
        while (errors.size() < MAX_ERRORS) {
            List<Object> steps;
            String message;
            try {
                T value = mapper.treeToValue(tree, type);
                if (errors.isEmpty()) {
                    if (value == null) {
                        throw BadRequestException.of("", "a JSON object is required");
                    }
                    return value;
                }
                break;
            } catch (UnrecognizedPropertyException e) {
                steps = steps(e);
                message = "unknown field";
            } catch (MismatchedInputException e) {
                steps = steps(e);
                message = "wrong JSON type";
            } catch (JsonMappingException e) {
                steps = steps(e);
                message = "invalid value";
            } catch (InputCoercionException e) {
                steps = steps(e);
                message = "number out of range";
            } catch (JacksonException e) {
                errors.add(new Violation("", "malformed JSON"));
                break;
            }
            errors.add(new Violation(JsonPath.of(removals.original(tree, steps)), message));
            if (!prune(tree, steps, removals)) {
                break;
            }
        }
        throw BadRequestException.of(errors);
    }

    /**
     * Removes the value at {@code steps}: a field, or an array element (remembered, so that later paths still
     * name the request's own indexes); false when there is nothing to remove.
     */
    private static boolean prune(JsonNode root, List<Object> steps, Removals removals) {
        if (steps.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
            if (parent == null) {
                return false;
            }
        }
        Object last = steps.getLast();
        if (parent instanceof ObjectNode object && last instanceof String field && object.has(field)) {
            object.remove(field);
            return true;
        }
        if (parent instanceof ArrayNode array && last instanceof Integer i && i < array.size()) {
            removals.remove(array, i);
            return true;
        }
        return false;
    }

    /** The array elements pruned so far, by array, as indexes of the request's own arrays. */
    private static final class Removals {
        private final Map<ArrayNode, List<Integer>> removed = new IdentityHashMap<>();

        void remove(ArrayNode array, int index) {
            List<Integer> gone = removed.computeIfAbsent(array, a -> new ArrayList<>());
            gone.add(original(gone, index));
            gone.sort(null);
            array.remove(index);
        }

        /** {@code steps} through the pruned tree, with every array index turned back into the request's own. */
        List<Object> original(JsonNode root, List<Object> steps) {
            List<Object> out = new ArrayList<>(steps.size());
            JsonNode node = root;
            for (Object step : steps) {
                if (step instanceof Integer i && node instanceof ArrayNode array) {
                    out.add(original(removed.getOrDefault(array, List.of()), i));
                } else {
                    out.add(step);
                }
                node = node == null ? null : step instanceof Integer i ? node.get(i) : node.get((String) step);
            }
            return out;
        }

        private static int original(List<Integer> goneAscending, int index) {
            int original = index;
            for (int gone : goneAscending) {
                if (gone <= original) {
                    original++;
                }
            }
            return original;
        }
    }

    private static List<Object> steps(InputCoercionException e) {
        List<Object> steps = new ArrayList<>();
        if (e.getProcessor() instanceof JsonParser parser) {
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    steps.addFirst(c.getCurrentIndex());
                } else if (c.getCurrentName() != null) {
                    steps.addFirst(c.getCurrentName());
                }
            }
        }
        return steps;
    }

    private static List<Object> steps(JsonMappingException e) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                steps.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                steps.add(ref.getIndex());
            }
        }
        return steps;
    }
}
