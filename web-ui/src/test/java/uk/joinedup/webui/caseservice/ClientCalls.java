package uk.joinedup.webui.caseservice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.response.MockRestResponseCreators;
import org.springframework.web.client.RestClient;

/**
 * Runs web-ui's case-service clients ({@link Families}, {@link People}, ...: every class of the
 * package built on a {@link RestClient}) against a stand-in for case-service that answers every
 * operation of the contract with a sample of its response schema, and records what each call sent and
 * what type it read the answer into. The JSON sent is web-ui's own: its clients' code and its Jackson
 * configuration.
 */
final class ClientCalls {

    static final String PACKAGE = ClientCalls.class.getPackageName();

    /** The one map web-ui hands its clients: an agency fact's fields, with its type. */
    private static final Map<String, Object> AGENCY_FACT = Map.of("type", "CaseNoteWritten", "text", "sample");

    private final OpenApiContract contract;
    private final ObjectMapper json;

    ClientCalls(OpenApiContract contract, ObjectMapper json) {
        this.contract = contract;
        this.json = json;
    }

    /** One request a client method made. */
    static final class Exchange {
        final HttpMethod method;
        final URI uri;
        final String body;
        final MediaType contentType;
        final Type sentType;
        Type readType;

        Exchange(HttpMethod method, URI uri, String body, MediaType contentType, Type sentType) {
            this.method = method;
            this.uri = uri;
            this.body = body;
            this.contentType = contentType;
            this.sentType = sentType;
        }
    }

    /**
     * A client method called with sample arguments.
     *
     * @param failure what it threw, if anything
     */
    record Call(Method method, List<Exchange> exchanges, Throwable failure) {

        String name() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + Arrays.stream(method.getParameterTypes())
                            .map(Class::getSimpleName)
                            .toList()
                            .toString()
                            .replace('[', '(')
                            .replace(']', ')');
        }
    }

    /** Every public method of every client, in a stable order. */
    static List<Method> clientMethods() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> client : clients()) {
            Arrays.stream(client.getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers())
                            && !Modifier.isStatic(method.getModifiers())
                            && !method.isSynthetic())
                    .sorted(Comparator.comparing(Method::toGenericString))
                    .forEach(methods::add);
        }
        return methods;
    }

    /** The classes of the package that talk to case-service: those constructed with a RestClient. */
    static List<Class<?>> clients() {
        return classesOfThePackage().stream()
                .filter(type -> Arrays.stream(type.getDeclaredConstructors())
                        .anyMatch(constructor ->
                                Arrays.equals(constructor.getParameterTypes(), new Class<?>[] {RestClient.class})))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    /** Every class of the package (not its subpackages), nested and private ones included. */
    static List<Class<?>> classesOfThePackage() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(PACKAGE).stream()
                        .filter(type -> type.getPackageName().equals(PACKAGE))
                        .map(JavaClass::reflect)
                        .<Class<?>>map(type -> type)
                        .sorted(Comparator.comparing(Class::getName))
                        .toList();
    }

    Call run(Method method) {
        List<Exchange> exchanges = new ArrayList<>();
        Recorder recorder = new Recorder(json, exchanges);
        RestClient.Builder builder = RestClient.builder()
                .baseUrl("http://case-service.test")
                .messageConverters(converters -> {
                    int jackson = converters.indexOf(converters.stream()
                            .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                            .findFirst()
                            .orElseThrow());
                    converters.set(jackson, recorder);
                });
        MockRestServiceServer caseService =
                MockRestServiceServer.bindTo(builder).build();
        caseService.expect(ExpectedCount.manyTimes(), request -> {}).andRespond(request -> answer(request, recorder));
        try {
            Constructor<?> constructor = method.getDeclaringClass().getDeclaredConstructor(RestClient.class);
            constructor.setAccessible(true);
            Object client = constructor.newInstance(builder.build());
            Object[] arguments = Arrays.stream(method.getParameters())
                    .map(ClientCalls::sampleArgument)
                    .toArray();
            method.invoke(client, arguments);
            return new Call(method, exchanges, null);
        } catch (InvocationTargetException e) {
            return new Call(method, exchanges, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private ClientHttpResponse answer(ClientHttpRequest request, Recorder recorder) throws IOException {
        String body = ((MockClientHttpRequest) request).getBodyAsString();
        recorder.exchanges.add(new Exchange(
                request.getMethod(),
                request.getURI(),
                body.isEmpty() ? null : body,
                request.getHeaders().getContentType(),
                recorder.sentType));
        recorder.sentType = null;
        Optional<OpenApiContract.Operation> operation =
                contract.operation(request.getMethod(), request.getURI().getPath());
        if (operation.isEmpty()) {
            return MockRestResponseCreators.withResourceNotFound().createResponse(request);
        }
        Optional<String> answer = operation.get().responseSchema().map(schema -> write(contract.sample(schema)));
        return answer.isPresent()
                ? MockRestResponseCreators.withSuccess(answer.get(), MediaType.APPLICATION_JSON)
                        .createResponse(request)
                : MockRestResponseCreators.withSuccess().createResponse(request);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** web-ui's JSON converter, noting the type it writes a request from and the type it reads an answer into. */
    private static final class Recorder extends MappingJackson2HttpMessageConverter {

        private final List<Exchange> exchanges;
        private Type sentType;

        Recorder(ObjectMapper json, List<Exchange> exchanges) {
            super(json);
            this.exchanges = exchanges;
        }

        @Override
        protected void writeInternal(Object object, Type type, HttpOutputMessage outputMessage) throws IOException {
            sentType = object.getClass();
            super.writeInternal(object, type, outputMessage);
        }

        @Override
        public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage) throws IOException {
            exchanges.get(exchanges.size() - 1).readType = type;
            return super.read(type, contextClass, inputMessage);
        }
    }

    // ---- sample arguments -------------------------------------------------------------------------

    private static Object sampleArgument(Parameter parameter) {
        return sample(parameter.getParameterizedType());
    }

    /** A value of the type with nothing left null, so that every property of a request is sent. */
    static Object sample(Type type) {
        Class<?> raw = ContractComparison.raw(type);
        if (raw == String.class) {
            return "sample";
        }
        if (raw == byte[].class) {
            return "UPN,Surname\nA123456789012,Walker\n".getBytes(StandardCharsets.UTF_8);
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 1, 15);
        }
        if (raw == long.class || raw == Long.class) {
            return 3L;
        }
        if (raw == int.class || raw == Integer.class) {
            return 2;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("249.99");
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == List.class) {
            return List.of(sample(ContractComparison.argument(type, 0)));
        }
        if (raw == Set.class) {
            return Set.of(sample(ContractComparison.argument(type, 0)));
        }
        if (raw == Map.class) {
            return AGENCY_FACT;
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                return canonical.newInstance(Arrays.stream(components)
                        .map(component -> sample(component.getGenericType()))
                        .toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no sample " + type.getTypeName() + ": add one to ClientCalls.sample");
    }
}
