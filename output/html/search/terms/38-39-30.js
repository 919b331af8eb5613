teSearchFile("terms/38-39-30",[["8901",[1,1,4],[]]]);
