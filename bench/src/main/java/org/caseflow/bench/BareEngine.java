package org.caseflow.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * P1's baseline, run as a process of its own with the services' JVM settings: a bare Camunda 7.24 engine (full history,
 * no job executor, nothing of Caseflow's) on a database of the bench's PostgreSQL, with a one-task process. It starts
 * the instances, then completes their tasks through the engine's Java API from as many threads as the stack's clients,
 * and prints {@code completions=<n> millis=<t> p50=<ms> p99=<ms>} for the bench to read. No HTTP: the ceiling the
 * engine itself sets, which the full stack's figure is compared with.
 *
 * <p>Arguments: JDBC URL, user, password, instances, threads.
 */
public final class BareEngine {

    private static final String PROCESS = "one-task";

    private BareEngine() {
    }

    public static void main(String[] args) throws Exception {
        int instances = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(args[0]);
        configuration.setJdbcUsername(args[1]);
        configuration.setJdbcPassword(args[2]);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(threads + 2);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            BpmnModelInstance oneTask = Bpmn.createExecutableProcess(PROCESS).startEvent().userTask("Task").endEvent().done();
            engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", oneTask).deploy();
            AtomicInteger started = new AtomicInteger();
            onThreads(threads, () -> {
                while (started.incrementAndGet() <= instances) {
                    engine.getRuntimeService().startProcessInstanceByKey(PROCESS);
                }
            });
            List<String> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).list().stream().map(Task::getId).toList();
            ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>(tasks);
            Timings latencies = new Timings();
            long began = System.nanoTime();
            onThreads(threads, () -> {
                String task;
                while ((task = waiting.poll()) != null) {
                    long one = System.nanoTime();
                    engine.getTaskService().complete(task);
                    synchronized (latencies) {
                        latencies.add(Duration.ofNanos(System.nanoTime() - one));
                    }
                }
            });
            long millis = Duration.ofNanos(System.nanoTime() - began).toMillis();
            System.out.printf("completions=%d millis=%d p50=%.1f p99=%.1f%n", tasks.size(), millis, latencies.medianMillis(),
                    latencies.percentileMillis(99));
        } finally {
            engine.close();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void onThreads(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Object>> running = IntStream.range(0, threads).mapToObj(i -> pool.submit(() -> {
            work.run();
            return (Object) null;
        })).toList();
        for (Future<Object> future : running) {
            future.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }
}
