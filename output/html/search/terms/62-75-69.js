teSearchFile("terms/62-75-69",[["build",[1,1,24],[]]]);
