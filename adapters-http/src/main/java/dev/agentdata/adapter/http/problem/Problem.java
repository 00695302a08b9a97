package dev.agentdata.adapter.http.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document as written on the wire. */
public record Problem(String type, String title, int status, String detail,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<ErrorItem> errors) {

    /** One entry of {@code errors}: the path of the offending value and what is wrong with it. */
    public record ErrorItem(String path, String message) {
    }
}
